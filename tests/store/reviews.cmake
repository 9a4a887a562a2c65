# Manual real-name review: the workflow, the binding race and the CLI contract, on SQLite and PostgreSQL.
add_desk_test(tst_reviewservice STORE SOURCES tst_reviewservice.cpp ReviewFixtures.h LIBS desk_models LABELS store)
# The server's review rules (postgresql/005_real_name_review.sql), tried as each staff role with plain SQL.
add_executable(tst_pgreviewsecurity tst_pgreviewsecurity.cpp ReviewFixtures.h)
target_link_libraries(tst_pgreviewsecurity PRIVATE desk_common desk_test_support Qt6::Test desk_models)
add_test(NAME tst_pgreviewsecurity_postgresql COMMAND tst_pgreviewsecurity)
set_tests_properties(tst_pgreviewsecurity_postgresql PROPERTIES LABELS store TIMEOUT 600 FIXTURES_REQUIRED postgres
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;TZ=Asia/Shanghai;DESK_TEST_DB=postgresql;DESK_TEST_PG_ENV=${DESK_PG_STATE}/env")
add_desk_test(tst_reviewcli STORE SOURCES tst_reviewcli.cpp ReviewFixtures.h LIBS desk_models desk_cli LABELS store)
add_desk_test(tst_reviewlistmodel STORE SOURCES tst_reviewlistmodel.cpp LIBS desk_models LABELS store)
# Quality sampling of the decisions by supervisors.
add_desk_test(tst_reviewqa STORE SOURCES tst_reviewqa.cpp ReviewFixtures.h LIBS desk_models LABELS store)
