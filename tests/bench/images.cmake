# Review-image benchmark: "next" to both pictures shown with prefetch for two 1 MB JPEGs, and the longest GUI-thread
# event-loop stall while decoding (JSON). Built with the tests, never run by ctest:
#   bench_review_images [--requests N] [--width W] [--height H] [--no-watermark]
add_executable(bench_review_images ${CMAKE_CURRENT_LIST_DIR}/bench_review_images.cpp)
target_link_libraries(bench_review_images PRIVATE desk_bench_support desk_common desk_ui desk_models Qt6::Widgets)
