# The reviewers' image widgets: comparison view, prefetcher (real widgets, offscreen; no database).
add_desk_test(tst_imagecompareview SOURCES tst_imagecompareview.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
add_desk_test(tst_imagecachekeychain SOURCES tst_imagecachekeychain.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
