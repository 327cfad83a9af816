package io.eteam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/// The layering that keeps eteam easy to change, pinned.
@AnalyzeClasses(packages = "io.eteam", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] SERVER = {"io.eteam.web..", "io.eteam.db..", "io.eteam.people..", "io.eteam.blocker..",
            "io.eteam.calendar..", "io.eteam.meeting..", "io.eteam.agenda..", "io.eteam.sla..", "io.eteam.backup..",
            "io.eteam.feed..", "net.fortuna..", "io.javalin..", "org.eclipse.jetty..", "org.h2..", "org.jooq..", "org.flywaydb..", "com.zaxxer.."};

    @ArchTest
    static final ArchRule the_cli_client_imports_nothing_of_the_server =
            noClasses().that().resideInAPackage("io.eteam.cli..")
                    .should().dependOnClassesThat().resideInAnyPackage(SERVER);

    @ArchTest
    static final ArchRule features_do_not_import_web_or_cli =
            noClasses().that().resideInAnyPackage("io.eteam.people..", "io.eteam.blocker..", "io.eteam.calendar..",
                            "io.eteam.meeting..", "io.eteam.agenda..", "io.eteam.sla..", "io.eteam.backup..", "io.eteam.feed..",
                            "io.eteam.problem..", "io.eteam.db..")
                    .should().dependOnClassesThat().resideInAnyPackage("io.eteam.web..", "io.eteam.cli..", "io.javalin..");

    @ArchTest
    static final ArchRule the_event_bus_knows_no_feature_and_no_transport =
            noClasses().that().resideInAPackage("io.eteam.event..")
                    .should().dependOnClassesThat().resideInAnyPackage(SERVER);

    @ArchTest
    static final ArchRule the_pure_rules_import_neither_jooq_nor_javalin =
            noClasses().that().haveSimpleNameEndingWith("Rules")
                    .or().haveSimpleName("Deferral").or().haveSimpleName("WorkingTime").or().haveSimpleName("WorkCalendar")
                    .or().haveSimpleName("Tokens").or().haveSimpleName("Text")
                    .or().resideInAnyPackage("io.eteam.problem..", "io.eteam.agenda..")
                    .and().resideOutsideOfPackage("io.eteam.db..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "io.javalin..", "io.eteam.db..");

    /// The VPs-only rule and the roles live in `Person` (`canAttend`, `hasSeat`, `isChairOr`):
    /// the web layer asks those, it never reads a role's or an account's state to decide itself.
    @ArchTest
    static final ArchRule the_web_asks_person_and_never_computes_who_may_act =
            noClasses().that().resideInAPackage("io.eteam.web..")
                    .should().callMethod(io.eteam.people.Person.class, "active")
                    .orShould().callMethod(io.eteam.people.Role.class, "attends")
                    .orShould().callMethod(io.eteam.people.Person.class, "role");

    /// The operator's commands, the composition root and the demo sit above everything: no
    /// feature, and nothing of the web or the CLI, depends on them.
    @ArchTest
    static final ArchRule nothing_below_depends_on_the_operator_commands_or_the_demo =
            noClasses().that().resideInAnyPackage("io.eteam.web..", "io.eteam.cli..", "io.eteam.people..",
                            "io.eteam.blocker..", "io.eteam.calendar..", "io.eteam.meeting..", "io.eteam.agenda..",
                            "io.eteam.sla..", "io.eteam.backup..", "io.eteam.feed..", "io.eteam.db..", "io.eteam.deferral..",
                            "io.eteam.event..")
                    .should().dependOnClassesThat().resideInAnyPackage("io.eteam.operator..", "io.eteam.demo..")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("io.eteam.App");

    @ArchTest
    static final ArchRule sql_lives_only_in_repositories =
            noClasses().that().resideOutsideOfPackage("io.eteam.db..")
                    .and().haveSimpleNameNotEndingWith("Repository")
                    .should().dependOnClassesThat().resideInAnyPackage("io.eteam.db.schema..", "org.jooq.impl..");
}
