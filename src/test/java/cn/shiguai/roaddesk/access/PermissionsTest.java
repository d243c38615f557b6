package cn.shiguai.roaddesk.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role matrix: every permission against every role, written out as the issue says it. */
class PermissionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # permission        | duty-officer | director | leader | admin
            ENTER_RECORDS       | true         | true     | true   | false
            DRAFT_DOCUMENT      | true         | true     | true   | false
            ISSUE_DOCUMENT      | false        | true     | true   | false
            DECIDE_LEVEL_I_II   | false        | false    | true   | false
            DECIDE_LEVEL_III_IV | false        | true     | true   | false
            RECORD_ORDER        | true         | true     | true   | false
            MANAGE_USERS        | false        | false    | false  | true
            MANAGE_ROSTER       | false        | false    | false  | true
            MANAGE_RULE_SETS    | false        | false    | false  | true
            MANAGE_SETTINGS     | false        | false    | false  | true
            """)
    void eachRoleMayDoExactlyItsRow(Permission permission, boolean dutyOfficer, boolean director, boolean leader,
                                    boolean admin) {
        assertEquals(dutyOfficer, Permissions.allows(Role.DUTY_OFFICER, permission), "duty officer");
        assertEquals(director, Permissions.allows(Role.DIRECTOR, permission), "director");
        assertEquals(leader, Permissions.allows(Role.LEADER, permission), "leader");
        assertEquals(admin, Permissions.allows(Role.ADMIN, permission), "admin");
    }

    /** A permission added to the enum must be added to the matrix above too. */
    @Test
    void theMatrixNamesEveryPermission() throws Exception {
        var source = PermissionsTest.class.getDeclaredMethod("eachRoleMayDoExactlyItsRow", Permission.class,
                boolean.class, boolean.class, boolean.class, boolean.class).getAnnotation(CsvSource.class).textBlock();
        Set<String> rows = source.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\|")[0].strip()).collect(Collectors.toSet());
        assertEquals(Arrays.stream(Permission.values()).map(Enum::name).collect(Collectors.toSet()), rows);
    }

    @Test
    void ofListsTheSamePermissions() {
        for (Role role : Role.values()) {
            Set<Permission> expected = EnumSet.noneOf(Permission.class);
            Arrays.stream(Permission.values()).filter(p -> Permissions.allows(role, p)).forEach(expected::add);
            assertEquals(expected, Permissions.of(role), role.code());
        }
    }

    @Test
    void rolesAreNamedOnTheCommandLineByTheirCodes() {
        assertEquals(Optional.of(Role.DUTY_OFFICER), Role.fromCode("duty-officer"));
        assertEquals(Optional.of(Role.DIRECTOR), Role.fromCode(" Director "));
        assertEquals(Optional.of(Role.LEADER), Role.fromCode("leader"));
        assertEquals(Optional.of(Role.ADMIN), Role.fromCode("admin"));
        assertEquals(Optional.empty(), Role.fromCode("DUTY_OFFICER"));
        assertEquals(Optional.empty(), Role.fromCode(null));
    }
}
