# Appeal-queue benchmark: 300,000 appeals; first visible page with a filter and sort, claim-next latency, claims per
# second with 8 concurrent reviewers (JSON). Built with the tests, never run by ctest:
#   bench_appeals [--db URL] [--appeals N] [--claims K] [--clients C] [--seconds S] [--keep]
add_executable(bench_appeals ${CMAKE_CURRENT_LIST_DIR}/bench_appeals.cpp)
target_link_libraries(bench_appeals PRIVATE desk_bench_support desk_common desk_models Qt6::Core Qt6::Sql)
target_compile_definitions(bench_appeals PRIVATE DESK_BENCH_APPEALS_DB="${CMAKE_BINARY_DIR}/identitydesk-appeals-bench.db")
