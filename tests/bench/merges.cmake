# Merge benchmark: the duplicate finder's first page and counts over 2,500,000 accounts, and a merge of an account with
# 1,000 projects and 200 delegations and its undo (JSON). Built with the tests, never run by ctest:
#   bench_merges [--db URL] [--accounts N] [--keep]
add_executable(bench_merges ${CMAKE_CURRENT_LIST_DIR}/bench_merges.cpp)
target_link_libraries(bench_merges PRIVATE desk_bench_support desk_common desk_models Qt6::Core Qt6::Sql)
target_compile_definitions(bench_merges PRIVATE DESK_BENCH_MERGES_DB="${CMAKE_BINARY_DIR}/identitydesk-merges-bench.db")
