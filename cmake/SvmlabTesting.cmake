# One-line helpers to register tests with CTest.
#
#   svmlab_add_qtest(tst_foo SOURCES tst_foo.cpp LIBS svmcore [GUI])
#     builds a Qt Test executable and registers it; GUI tests get the offscreen
#     platform so they run without a display.
#   svmlab_add_cli_test(NAME name ARGS ... [EXPECT_EXIT n] [EXPECT_STDOUT regex]
#                       [EXPECT_STDERR regex] [EXE target])
#     runs the real svmlab executable (or EXE: svmlab-cli) and checks its exit
#     status and output.

function(svmlab_add_qtest name)
  cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_definitions(${name} PRIVATE SVMLAB_SOURCE_DIR_DEFAULT="${PROJECT_SOURCE_DIR}")
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SVMLAB_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  if(T_GUI)
    set_property(TEST ${name} APPEND PROPERTY LABELS gui)
  endif()
endfunction()

function(svmlab_add_cli_test)
  cmake_parse_arguments(T "" "NAME;EXE;EXPECT_EXIT;EXPECT_STDOUT;EXPECT_STDERR;WORKING_DIRECTORY" "ARGS" ${ARGN})
  if(NOT DEFINED T_EXPECT_EXIT)
    set(T_EXPECT_EXIT 0)
  endif()
  if(NOT DEFINED T_EXE)
    set(T_EXE svmlab)
  endif()
  add_test(NAME cli.${T_NAME}
           COMMAND ${CMAKE_COMMAND}
                   -DEXE=$<TARGET_FILE:${T_EXE}>
                   "-DARGS=${T_ARGS}"
                   -DEXPECT_EXIT=${T_EXPECT_EXIT}
                   "-DEXPECT_STDOUT=${T_EXPECT_STDOUT}"
                   "-DEXPECT_STDERR=${T_EXPECT_STDERR}"
                   -P ${PROJECT_SOURCE_DIR}/cmake/RunCliTest.cmake
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(cli.${T_NAME} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" LABELS cli)
endfunction()
