-- clinic_levels.lua -- every "today" (T2) and "mention" (T3) red flag: one "Yes" puts its
-- line on the list under its heading, without the urgent screen. Also: a patient who
-- answers "No" to everything has no flags at all.
include "helpers_clinic.lua"

local BACK, NECK, KNEE = { "My back" }, { "My neck" }, { "My leg, hip or knee" }
local MINOR = "My pain started after a small fall, like a trip or a slip."

local CASES = {
  -- name, areas, answers, heading, line on the list
  { "RF-05", BACK, { rf05_both_legs = "Yes" }, TODAY, "I have pain, numbness, or pins and needles in both legs." },
  { "RF-06 stable", BACK, { rf06_weak = "Yes", rf06_worse = "No" }, TODAY, "My leg, foot or arm feels weak." },
  { "RF-07", NECK, { rf07_clumsy = "Yes" }, TODAY, "My hands have become clumsy, or my walking is unsteady." },
  { "RF-08", KNEE, { rf08_cancer = "Yes" }, TODAY, "I have had cancer." },
  { "RF-09", KNEE, { rf09_weight = "Yes" }, TODAY, "I have lost weight without trying." },
  { "RF-12", KNEE, { rf12_fever = "Yes", rf12_now = "No" }, TODAY, "I have had a fever, chills or night sweats" },
  { "RF-16", KNEE, { rf16_accident = "Yes" }, TODAY, "My pain started after a big accident." },
  { "RF-16 bruise", BACK, { rf16_accident = "Yes", rf16_bruise = "Yes" }, TODAY, "I have a bruise or graze where it hurts" },
  { "RF-17 sudden", KNEE, { rf17_bones = "Yes", rf17_sudden = "Yes" }, TODAY, "I have weak bones, and this pain started suddenly." },
  { "RF-18", KNEE, { rf18_steroids = "Yes" }, TODAY, "I have taken steroid tablets for 3 months or more." },
  { "RF-19", BACK, { rf19_belly = "Yes", rf19_severe = "No" }, TODAY, "I have pain in my belly and back at the same time." },
  { "RF-22", KNEE, { rf22_leg = "Yes", rf22_breath = "No" }, TODAY, "One leg is newly swollen, warm or red" },
  { "RF-10", BACK, { rf10_night = "Yes" }, MENTION, "My pain is bad at night, even when I lie still" },
  { "RF-11", NECK, { age = "50 to 64", rf11_new = "Yes" }, MENTION, "I am 50 or older, and this is a new kind of pain for me." },
  -- A smaller fall (trip or slip): today at 65 or older, or with weak bones or steroids.
  { "RF-16 minor, 65+", KNEE, { age = "65 or older", rf16_minor = "Yes" }, TODAY, MINOR },
  { "RF-16 minor, weak bones", BACK, { rf16_minor = "Yes", rf17_bones = "Yes", rf17_sudden = "No" }, TODAY, MINOR },
  { "RF-16 minor, steroids", NECK, { rf16_minor = "Not sure", rf18_steroids = "Yes" }, TODAY, MINOR },
  { "RF-16 minor, under 50", KNEE, { rf16_minor = "Yes" }, MENTION, MINOR },
  { "RF-16 minor, 50 to 64", KNEE, { age = "50 to 64", rf16_minor = "Yes" }, MENTION, MINOR },
  { "RF-13", KNEE, { rf13_drugs = "Yes" }, MENTION, "I have something in my health history to tell my clinician about." },
  { "RF-14", KNEE, { rf14_immune = "Yes" }, MENTION, "It is harder for my body to fight germs." },
  { "RF-15", KNEE, { rf15_recent = "Yes" }, MENTION, "In the last 3 months, I have had a bad infection." },
  { "RF-17", KNEE, { rf17_bones = "Yes", rf17_sudden = "No" }, MENTION, "I have weak or thin bones" },
  { "RF-24", BACK, { rf24_inflam = "Yes", rf24_pattern = "Yes" }, MENTION, "My back pain started before I was 45." },
  { "RF-25", BACK, { rf25_worse = "Yes" }, MENTION, "My pain is getting worse week by week" },
}

for _, c in ipairs(CASES) do
  log("level: " .. c[1])
  safety(c[2], c[3])
  expect_screen "scene"                        -- no urgent screen
  local other = c[4] == TODAY and MENTION or TODAY
  assert(contains(section(c[4]), c[5]), c[1] .. ": '" .. c[5] .. "' not under '" .. c[4] .. "'")
  assert(not contains(section(other), c[5]), c[1] .. ": also under '" .. other .. "'")
  if c[4] == TODAY then expect "Some of your answers need a check today." end
  tap "Start over"
  expect_screen "attract"
end

-- A follow-up that says no keeps the first answer's level; a pattern needs both parts.
log("level: RF-24 needs both parts")
safety({ "My back" }, { rf24_inflam = "Yes", rf24_pattern = "No" })
assert(not contains(list(), "started before I was 45"), "RF-24 raised without the pattern")
tap "Start over"

-- RF-11 asks about a new kind of pain only at 50 or older (a tick of the pain-pattern
-- group); the age band is its own question.
log("level: RF-11 not asked under 50")
safety(BACK, {}, "rf15_recent")
expect_screen "group"
expect "Pain that is bad at night"
expect_not "A new kind of back or neck pain for you"
expect "Back pain that started before you were 45"
tap "Start over"
log("level: RF-11 asked at 50 or older")
safety(BACK, { age = "50 to 64" }, "rf15_recent")
expect_screen "group"
expect "A new kind of back or neck pain for you"
tap "Start over"

-- Both falls are offered on one screen; a big accident asks about a bruise.
log("level: a big accident, then the bruise")
safety(KNEE, { rf16_accident = "Yes" }, "rf16_bruise")
expect_screen "group"
expect "Tap each one that does. You can choose to tell someone in private."
tap "Start over"

-- Everyone "No": nothing on the list but the safety net.
log("level: all no")
safety(nil, {})
local l = list()
assert(not contains(l, TODAY) and not contains(l, MENTION), "flags raised for an all-no patient")
assert(contains(l, "New numbness between your legs or around your bottom."), "no safety net on the list")
expect_not "Some of your answers need a check today."
