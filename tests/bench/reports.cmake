# Reports benchmark: CSV export of 1,000,000 appeals against sqlite3 -csv / COPY TO STDOUT, XLSX and PDF exports,
# peak memory, dashboard refresh over 300,000 appeals (JSON). Built with the tests, never run by ctest:
#   bench_reports [--db URL] [--rows N] [--dashboard-appeals N] [--pdf-rows N] [--keep] [--csv-only]
add_executable(bench_reports ${CMAKE_CURRENT_LIST_DIR}/bench_reports.cpp)
target_link_libraries(bench_reports PRIVATE desk_bench_support desk_common desk_models Qt6::Core Qt6::Gui Qt6::Sql)
target_compile_definitions(bench_reports PRIVATE DESK_BENCH_REPORTS_DB="${CMAKE_BINARY_DIR}/identitydesk-reports-bench.db")
