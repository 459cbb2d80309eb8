# ctest helper: configure and build core/ on its own with Qt made unfindable.
#   cmake -P BuildCoreWithoutQt.cmake SOURCE_DIR BINARY_DIR
set(src ${CMAKE_ARGV3})
set(bin ${CMAKE_ARGV4})
file(REMOVE_RECURSE ${bin})
execute_process(COMMAND ${CMAKE_COMMAND} -G Ninja -S ${src}/core -B ${bin} -DCMAKE_BUILD_TYPE=Release
                        -DCMAKE_DISABLE_FIND_PACKAGE_Qt6=ON -DCMAKE_DISABLE_FIND_PACKAGE_Qt5=ON
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring core/ alone failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${bin} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building core/ without Qt failed")
endif()
file(GLOB_RECURSE qt_includes ${src}/core/*.h ${src}/core/*.cpp)
foreach(f ${qt_includes})
  file(STRINGS ${f} hits REGEX "#include[ \t]*[<\"](Q[A-Za-z]+|qcustomplot)")
  if(hits)
    message(FATAL_ERROR "${f} includes Qt: ${hits}")
  endif()
endforeach()
message(STATUS "core/ builds without Qt")
