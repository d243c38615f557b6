package cn.shiguai.roaddesk.users;

/** What a row of a user's history records (desk_user_change.change_kind, V30). */
enum ChangeKind {
    ADDED, PASSWORD, DISABLED, SIGN_IN_FAILED, LOCKED, UNLOCKED,
    /** A sign-in that cleared earlier failures; sign-ins with none to clear leave no row. */
    SIGNED_IN
}
