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
            "io.javalin..", "org.eclipse.jetty..", "org.h2..", "org.jooq..", "org.flywaydb..", "com.zaxxer.."};

    @ArchTest
    static final ArchRule the_cli_client_imports_nothing_of_the_server =
            noClasses().that().resideInAPackage("io.eteam.cli..")
                    .should().dependOnClassesThat().resideInAnyPackage(SERVER);

    @ArchTest
    static final ArchRule features_do_not_import_web_or_cli =
            noClasses().that().resideInAnyPackage("io.eteam.people..", "io.eteam.blocker..", "io.eteam.calendar..",
                            "io.eteam.meeting..", "io.eteam.agenda..", "io.eteam.sla..", "io.eteam.backup..", "io.eteam.problem..", "io.eteam.db..")
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

    @ArchTest
    static final ArchRule sql_lives_only_in_repositories =
            noClasses().that().resideOutsideOfPackage("io.eteam.db..")
                    .and().haveSimpleNameNotEndingWith("Repository")
                    .should().dependOnClassesThat().resideInAnyPackage("io.eteam.db.schema..", "org.jooq.impl..");
}
