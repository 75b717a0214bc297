# The action request builders (rollouts-semantics.md §3), part of rolloutdesk_core.
target_sources(rolloutdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PatchRequest.h
    ${CMAKE_CURRENT_LIST_DIR}/PromotePlan.h
    ${CMAKE_CURRENT_LIST_DIR}/RolloutActions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RolloutActions.h
    ${CMAKE_CURRENT_LIST_DIR}/UndoPlan.h
)
