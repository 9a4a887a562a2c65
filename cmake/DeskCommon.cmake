# Common compile settings shared by every IdentityDesk target.
add_library(desk_common INTERFACE)
target_compile_features(desk_common INTERFACE cxx_std_20)
target_compile_options(desk_common INTERFACE -Wall -Wextra -Wpedantic)
if(DESK_WERROR)
    target_compile_options(desk_common INTERFACE -Werror)
endif()
target_compile_definitions(desk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
)
