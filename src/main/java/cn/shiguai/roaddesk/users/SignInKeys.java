package cn.shiguai.roaddesk.users;

/**
 * What a sign-in unlocks besides the seat, with the password in hand for that moment only: the
 * user's key that signs checkpoints of the log (decision 0017). Implemented where the keys are
 * (the composition root), so that users know nothing of the log's signatures.
 */
public interface SignInKeys {
    SignInKeys NONE = new SignInKeys() {
        @Override
        public void unlock(User user, char[] password) {
        }

        @Override
        public void signedIn(User user) {
        }
    };

    /** The password was right: open (or make) the user's key; it signs only once {@link #signedIn}. */
    void unlock(User user, char[] password);

    /** The user now holds the seat: their key signs from now on, nobody else's. */
    void signedIn(User user);
}
