-- clinic_not_sure.lua -- "Not sure" on an urgent (T1) safety question counts as urgent, and
-- on a follow-up too; on a "today" or "mention" item it puts the item on the list.
include "helpers_clinic.lua"

local BACK, NECK, KNEE, ARM = { "My back" }, { "My neck" }, { "My leg, hip or knee" }, { "My arm or shoulder" }

local URGENT = {
  { BACK, { rf01_saddle = "Not sure" }, "rf01_saddle", "new numbness between your legs" },
  { BACK, { rf02_bladder = "Not sure" }, "rf02_bladder", "new trouble peeing" },
  { BACK, { rf03_bowel = "Not sure" }, "rf03_bowel", "a new change in your bowels" },
  { BACK, { rf04_sexual = "Not sure" }, "rf04_sexual", "a new change in your private parts" },
  -- not sure about weakness still asks the follow-up; not sure it is getting worse is urgent
  { NECK, { rf06_weak = "Not sure", rf06_worse = "Not sure" }, "rf06_worse", "weakness that is getting worse" },
  { KNEE, { rf12_fever = "Not sure", rf12_now = "Not sure" }, "rf12_now", "You said you feel very ill right now." },
  { BACK, { rf19_belly = "Yes", rf19_severe = "Not sure" }, "rf19_severe", "pain in your belly and back" },
  { KNEE, { rf20_stroke = "Not sure" }, "rf20_stroke", "trouble speaking or a bad headache" },
  { NECK, { rf20_neck = "Not sure" }, "rf20_neck", "trouble speaking or a bad headache" },
  { KNEE, { rf21_heart = "Not sure" }, "rf21_heart", "pain or tightness in your chest" },
  { KNEE, { rf22_leg = "Not sure", rf22_breath = "Not sure" }, "rf22_breath", "your breathing or chest" },
  { ARM, { rf23_joint = "Not sure" }, "rf23_joint", "a hot, swollen joint" },
}

for _, c in ipairs(URGENT) do
  log("not sure, urgent: " .. c[3])
  safety(c[1], c[2], c[3])
  expect_screen "urgent"
  expect(c[4])
  told_staff()
end

-- Not sure on a today item and on a mention item: on the list, at that level.
log("not sure: today and mention")
safety(BACK, { rf08_cancer = "Not sure", rf25_worse = "Not sure" })
expect_screen "scene"
assert(contains(section(TODAY), "I have had cancer."), "RF-08 not sure: not under today")
assert(contains(section(MENTION), "My pain is getting worse week by week"), "RF-25 not sure: not under mention")
-- the safety block's own reminder to tell the desk
expect "Some of your answers need a check today."
