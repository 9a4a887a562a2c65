# The server-side rules of PostgreSQL (003_server_rules.sql), tried as each staff role with plain SQL. PostgreSQL
# only: on SQLite the file's permissions are the boundary (tst_database).
add_executable(tst_pgsecurity tst_pgsecurity.cpp)
target_link_libraries(tst_pgsecurity PRIVATE desk_common desk_test_support Qt6::Test desk_models)
add_test(NAME tst_pgsecurity_postgresql COMMAND tst_pgsecurity)
set_tests_properties(tst_pgsecurity_postgresql PROPERTIES LABELS store TIMEOUT 600 FIXTURES_REQUIRED postgres
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;TZ=Asia/Shanghai;DESK_TEST_DB=postgresql;DESK_TEST_PG_ENV=${DESK_PG_STATE}/env")
