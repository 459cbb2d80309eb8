# cmake -DCXX=... -DSRC=... -DINCLUDE=... -DCASE=... -DEXPECT=... -P compile_fail.cmake
# CASE_CONTROL must compile; any other case must fail with EXPECT in the
# compiler's message, a regular expression (so a failure for another reason
# does not pass).
execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANGUAGE= ${CXX} -std=c++20 -fsyntax-only -I${INCLUDE} -D${CASE} ${SRC}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(CASE STREQUAL "CASE_CONTROL")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the control case does not compile:\n${err}")
  endif()
  return()
endif()
if(rc EQUAL 0)
  message(FATAL_ERROR "${CASE} compiled; it must not")
endif()
string(REGEX MATCH "${EXPECT}" found "${err}")
if(NOT found)
  message(FATAL_ERROR "${CASE} failed, but not with \"${EXPECT}\":\n${err}")
endif()
message(STATUS "${CASE}: refused (${EXPECT})")
