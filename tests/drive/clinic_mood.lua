-- clinic_mood.lua -- the mood question leads to RF-26: "a little" or "a lot" asks about
-- thoughts of self-harm; past thoughts go on the list for today, current thoughts are urgent
-- (clinic_urgent.lua); "not at all" and skipping do not ask.
include "helpers_clinic.lua"

-- From the end of the safety questions to the mood question.
local function to_mood()
  safety({ "My leg, hip or knee" }, {})
  tap "Skip this part"
  tap "Start"
  tap "Skip"                                     -- goals
  tap "Skip"                                     -- sleep
  tap "Skip"                                     -- pain wakes you
  tap "Skip"                                     -- stress
  expect "has pain left you feeling low"
end

log("mood: a little, past thoughts")
to_mood()
tap "A little"
expect "Have you had thoughts of hurting yourself or ending your life?"
tap "Yes"
expect "Are you having these thoughts now?"
tap "No"
expect_screen "question"
expect "What worries you most about your pain?"
assert(contains(section(TODAY), "I would like to talk to someone about how I have been feeling."),
       "RF-26 past: not under today")
assert(contains(section("Things I'd like my clinician to know"), "Pain has left me feeling a little low lately."),
       "mood note missing")
tap "Start over"

log("mood: a lot, no thoughts")
to_mood()
tap "A lot"
tap "No"
expect "What worries you most about your pain?"
assert(not contains(list(), "how I have been feeling"), "RF-26 raised after No")
assert(contains(list(), "Pain has left me feeling very low lately."), "mood note missing")
tap "Start over"

log("mood: not sure about thoughts asks the follow-up")
to_mood()
tap "A lot"
tap "Not sure"
expect "Are you having these thoughts now?"
tap "No"
assert(contains(section(TODAY), "how I have been feeling"), "RF-26 not sure: not under today")
tap "Start over"

log("mood: not at all does not ask")
to_mood()
tap "Not at all"
expect "What worries you most about your pain?"
expect_not "thoughts of hurting yourself"
tap "Start over"

log("mood: skipped does not ask")
to_mood()
tap "Skip"
expect "What worries you most about your pain?"
expect_not "thoughts of hurting yourself"
