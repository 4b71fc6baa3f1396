# cip-tool starts as fast as DCMTK's own tools only while it loads none of the heavy libraries:
# Qt GUI/Widgets, VTK, OpenCV's image codecs (and the GDAL they bring), OpenSSL, the store's
# dependencies. They belong in cip-tool-jobs or in the codec module loaded on demand.
# Usage: cmake -DBINARY=cip-tool -P check_light_cli.cmake
execute_process(COMMAND ldd "${BINARY}" OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ldd failed on ${BINARY}")
endif()
foreach(heavy IN ITEMS "libQt6Gui" "libQt6Widgets" "libQt6Network" "libvtk" "libopencv_imgcodecs" "libgdal" "libssl" "libcrypto")
  if(libs MATCHES "${heavy}")
    message(FATAL_ERROR "${BINARY} loads ${heavy} at start-up")
  endif()
endforeach()
string(REGEX MATCHALL "=>" loaded "${libs}")
list(LENGTH loaded count)
if(count GREATER 70)
  message(FATAL_ERROR "${BINARY} loads ${count} libraries at start-up (at most 70 expected)")
endif()
message(STATUS "${BINARY} loads ${count} libraries, none of the heavy ones")
