-- clinic_chat.lua -- the chat's history (issue 12): a multiple-choice answer echoes as one
-- chip for each answer ticked, never one run-on line ("My back, My leg, hip or knee"); after
-- an idle warning the earlier answers are collapsed until tapped.
include "helpers_clinic.lua"

log("two areas ticked: two chips in the history")
safety({ "My back", "My leg, hip or knee" }, {}, "age")
expect "My leg, hip or knee"
expect "My back"
expect_not "My back, My leg, hip or knee"

-- Private history (issue 12): after an idle warning is dismissed, someone else may be at the
-- screen, so the answers older than the current scene are collapsed until tapped.
log("walk away and come back: earlier answers collapsed until tapped")
shot "history_before_idle"
wait(91)
expect_screen "idle_warning"
tap "I'm still here"
expect_screen "question"
expect "Right now, do you have pain, pressure or tightness in your chest?" -- the question stays
expect_not "My leg, hip or knee"
expect_not "Where is your pain?"
expect "Earlier answers"
shot "history_collapsed"
tap "Earlier answers"
expect "My leg, hip or knee"
expect "Where is your pain?"
expect_not "Earlier answers"
shot "history_shown"
tap "No"
expect_not "Earlier answers"                       -- shown until the visit ends
