-- clinic_urgent.lua -- every urgent (T1) red flag of the English clinic pack: answering
-- "Yes" stops the visit at once with the urgent screen and its own words, which stays until
-- the patient has told the staff (no timeout), and then the visit is wiped.
-- waitroom --headless --scripts scripts/clinic --drive tests/drive/clinic_urgent.lua
include "helpers_clinic.lua"

-- ---- the urgent items ------------------------------------------------------------------------

local BACK, NECK, KNEE, ARM = { "My back" }, { "My neck" }, { "My leg, hip or knee" }, { "My arm or shoulder" }

local CASES = {
  -- flag, areas, answers, the question that raises it, words on the urgent screen
  { "RF-01", BACK, { rf01_saddle = "Yes" }, "rf01_saddle", "new numbness between your legs" },
  { "RF-02", BACK, { rf02_bladder = "Yes" }, "rf02_bladder", "new trouble peeing" },
  { "RF-03", BACK, { rf03_bowel = "Yes" }, "rf03_bowel", "a new change in your bowels" },
  { "RF-04", BACK, { rf04_sexual = "Yes" }, "rf04_sexual", "a new change in your private parts" },
  { "RF-06", BACK, { rf06_weak = "Yes", rf06_worse = "Yes" }, "rf06_worse", "weakness that is getting worse" },
  { "RF-06 neck", NECK, { rf06_weak = "Yes", rf06_worse = "Yes" }, "rf06_worse", "weakness that is getting worse" },
  { "RF-12", KNEE, { rf12_fever = "Yes", rf12_now = "Yes" }, "rf12_now", "You said you feel very ill right now." },
  { "RF-19", BACK, { rf19_belly = "Yes", rf19_severe = "Yes" }, "rf19_severe", "pain in your belly and back" },
  { "RF-20", KNEE, { rf20_stroke = "Yes" }, "rf20_stroke", "trouble speaking or a bad headache" },
  { "RF-20 neck", NECK, { rf20_neck = "Yes" }, "rf20_neck", "trouble speaking or a bad headache" },
  { "RF-21", KNEE, { rf21_heart = "Yes" }, "rf21_heart", "pain or tightness in your chest" },
  { "RF-22", KNEE, { rf22_leg = "Yes", rf22_breath = "Yes" }, "rf22_breath", "your breathing or chest" },
  { "RF-23", ARM, { rf23_joint = "Yes" }, "rf23_joint", "a hot, swollen joint" },
}

for i, c in ipairs(CASES) do
  log("urgent: " .. c[1])
  safety(c[2], c[3], c[4])
  expect_screen "urgent"
  expect "Please go to the front desk now"
  expect(c[5])
  expect_not "Not sure"          -- no answers on the urgent screen: it interrupts at once
  if i == 1 then
    shot "urgent_rf01"
    wait(600)                    -- the urgent screen never times out to the attract screen
    expect_screen "urgent"
    expect(c[5])
  end
  told_staff()
end

-- RF-26 (thoughts of self-harm, now), at the end of the safety questions.
log("urgent: RF-26")
safety(KNEE, { mood = "A lot" }, "mood")
expect "Have you had thoughts of hurting yourself or ending your life?"
tap "Yes"
expect "Are you having these thoughts now?"
tap "Yes"
expect_screen "urgent"
expect "You do not have to cope with this alone."
expect "Outside the clinic, call a crisis line."
told_staff()
