#pragma once

namespace rd::source {

// What the current user may do with a rollout, learned from SelfSubjectAccessReview
// (k8s-client.md §4.9). `known` stays false until the reviews answered.
struct RolloutAccess
{
    bool known = false;
    bool canPatch = false;       // patch rollouts: pause, resume, restart, set image, undo
    bool canPatchStatus = false; // patch rollouts/status: abort, retry, promote
};

} // namespace rd::source
