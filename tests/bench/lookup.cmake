# Look-up benchmark: exact look-ups, name-prefix first pages, list-model scrolling, peak memory (JSON).
# Built with the tests, never run by ctest: bench_lookup [--db URL] [--persons N] [--organizations M].
add_executable(bench_lookup bench_lookup.cpp)
target_link_libraries(bench_lookup PRIVATE desk_common desk_models Qt6::Core Qt6::Sql)
target_compile_definitions(bench_lookup PRIVATE DESK_BENCH_DEFAULT_DB="${CMAKE_BINARY_DIR}/identitydesk-bench.db")
