# GUI tests: the real widgets, offscreen, on SQLite and PostgreSQL (STORE), in the default Chinese interface.
add_library(desk_ui_testkit STATIC UiTestKit.h UiTestKit.cpp)
target_include_directories(desk_ui_testkit PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(desk_ui_testkit PUBLIC desk_common desk_test_support desk_ui desk_models desk_i18n Qt6::Test)

add_desk_test(tst_signindialog STORE SOURCES tst_signindialog.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
add_desk_test(tst_mainwindow STORE SOURCES tst_mainwindow.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
add_desk_test(tst_translations SOURCES tst_translations.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
add_desk_test(tst_migrationpage STORE SOURCES tst_migrationpage.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
add_desk_test(tst_documentviewer SOURCES tst_documentviewer.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
add_desk_test(tst_calendarpage STORE SOURCES tst_calendarpage.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
add_desk_test(tst_appealqueue STORE SOURCES tst_appealqueue.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
add_desk_test(tst_fileappealdialog STORE SOURCES tst_fileappealdialog.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
add_desk_test(tst_reasontemplatespage STORE SOURCES tst_reasontemplatespage.cpp LIBS desk_ui_testkit desk_ui desk_models LABELS ui)
