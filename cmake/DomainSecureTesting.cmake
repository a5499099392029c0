# One QtTest executable per class:
#   ds_add_test(tst_workspacefile SOURCES tst_workspacefile.cpp LABELS unit [GUI] [LIBS ...] [TIMEOUT s])
# GUI tests link the UI library and run on the offscreen platform. Every test runs in a fixed
# locale (C.UTF-8) and gets DS_CLI (the CLI binary) and DS_TEST_DATA (tests/data) as definitions.
function(ds_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LABELS;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    ds_target_defaults(${name})
    target_link_libraries(${name} PRIVATE domainsecure_core domainsecure_testsupport Qt6::Test ${ARG_LIBS})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE domainsecure_ui Qt6::Widgets)
    endif()
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests/support)
    target_compile_definitions(${name} PRIVATE DS_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
    add_dependencies(${name} domainsecure-cli ds_faultinject)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=;QT_LOGGING_RULES=ds.*.debug=false;DOMAINSECURE_NO_SETTINGS=1")
    # Tests that start Postfix or listen on loopback ports never run at the same time.
    if("e2e" IN_LIST ARG_LABELS)
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK loopback_servers)
    endif()
endfunction()
