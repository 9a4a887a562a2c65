# Account merges, rename recovery, project transfers and their undo, on SQLite and PostgreSQL.
add_desk_test(tst_mergeservice STORE SOURCES tst_mergeservice.cpp MergeFixtures.h LIBS desk_models LABELS store)
# The server's merge rules (postgresql/006_merges.sql), tried as each staff role with plain SQL.
add_executable(tst_pgmergesecurity tst_pgmergesecurity.cpp MergeFixtures.h)
target_link_libraries(tst_pgmergesecurity PRIVATE desk_common desk_test_support Qt6::Test desk_models)
add_test(NAME tst_pgmergesecurity_postgresql COMMAND tst_pgmergesecurity)
set_tests_properties(tst_pgmergesecurity_postgresql PROPERTIES LABELS store TIMEOUT 600 FIXTURES_REQUIRED postgres
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;TZ=Asia/Shanghai;DESK_TEST_DB=postgresql;DESK_TEST_PG_ENV=${DESK_PG_STATE}/env")
add_desk_test(tst_mergecli STORE SOURCES tst_mergecli.cpp MergeFixtures.h LIBS desk_models desk_cli LABELS store)
