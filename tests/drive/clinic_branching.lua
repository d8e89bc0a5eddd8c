-- clinic_branching.lua -- who is asked what: a knee patient is never asked about saddle
-- numbness or bladder changes; a back patient is; a neck patient gets the full list of
-- stroke-type signs and the hands question; everyone gets the heart, stroke, infection,
-- cancer and fracture questions; skipping "where is your pain" asks everything.
include "helpers_clinic.lua"

local BACK_ONLY = { "where you would sit on a bike seat", "trouble peeing", "leak poo",
                    "private parts feel numb", "pins and needles in both legs?",
                    "throbbing feeling in your belly", "before you were 45", "week by week" }
local NECK_ONLY = { "Since your neck or head pain started", "hands become clumsy" }
local LIMB_ONLY = { "Is a joint suddenly hot", "Is one leg newly swollen" }
local BACK_OR_NECK = { "Is a leg, foot or arm weak?", "bad at night, even when you lie still",
                       "Is this a new kind of back or neck pain for you?" }
local OLDER = { age = "50 to 64" }               -- so that RF-11 is asked where it applies

local function join(...)
  local out = {}
  for _, t in ipairs { ... } do for _, w in ipairs(t) do out[#out + 1] = w end end
  return out
end

log("branching: knee")
safety({ "My leg, hip or knee" }, OLDER, nil, join(BACK_ONLY, NECK_ONLY, BACK_OR_NECK))
shot "safety_done_knee"
tap "Start over"
log("branching: something else")
safety({ "Somewhere else" }, OLDER, nil, join(BACK_ONLY, NECK_ONLY, BACK_OR_NECK))
tap "Start over"
log("branching: back")
safety({ "My back" }, OLDER, nil, join(NECK_ONLY, LIMB_ONLY))
tap "Start over"
log("branching: neck")
safety({ "My neck" }, OLDER, nil, join(BACK_ONLY, LIMB_ONLY, { "In the last few days" }))
tap "Start over"
log("branching: back and arm")
safety({ "My back", "My arm or shoulder" }, OLDER, nil, NECK_ONLY)
tap "Start over"
log("branching: skipped, everything is asked")
safety(nil, OLDER)
tap "Start over"

-- A follow-up is asked only after "Yes" or "Not sure".
log("branching: follow-ups")
safety({ "My leg, hip or knee" }, { rf16_accident = "Yes", rf16_bruise = "No", rf17_bones = "No" },
       nil, { "Did this pain start suddenly?" })
