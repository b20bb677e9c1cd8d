# Fails when a translation file has an entry that is unfinished, obsolete or
# vanished: every user-visible string must be translated.
# Usage: cmake -DTS_FILES="a.ts;b.ts" -P check-translations.cmake
foreach(ts_file IN LISTS TS_FILES)
    file(READ "${ts_file}" content)
    string(REGEX MATCHALL "<message" messages "${content}")
    string(REGEX MATCHALL "type=\"(unfinished|obsolete|vanished)\"" unfinished "${content}")
    list(LENGTH messages message_count)
    list(LENGTH unfinished unfinished_count)
    message(STATUS "${ts_file}: ${message_count} messages, ${unfinished_count} not finished")
    if(message_count EQUAL 0 OR NOT unfinished_count EQUAL 0)
        message(FATAL_ERROR "${ts_file} is not complete")
    endif()
endforeach()
