-- urgent_shots.lua -- the urgent screens with Larger text, in both languages and the
-- private (topic-free) one, shot for people to look at (drive_urgent_shots_*: 480x800 and
-- 800x480). Once the patient has asked for help, "someone is coming" takes the place of
-- "show this screen", and the staff button stays reachable.
local function has(label)
  for _, c in ipairs(controls()) do if c == label then return true end end
  return false
end

start()
tap "Larger text"
tap "Begin"
tap "Yes"
expect_screen "urgent"
assert(has("I have asked for help"), "no 'I have asked for help' button")
shot "urgent_large"
tap "I have asked for help"
expect "Someone from the desk will come to you. Please stay here."
expect_not "Show this screen to a member of staff"
assert(has("Staff: clear this screen"), "the staff button is gone")
shot "urgent_asked_large"
tap "Español"
expect "Alguien del mostrador vendrá a verle."
shot "urgent_asked_large_es"
tap "Personal: borrar esta pantalla"
for d in ("1357"):gmatch("%d") do tap(d) end
expect_screen "attract"

start()
tap "Larger text"
tap "Begin"
tap "I'd rather tell someone in private"
expect_screen "urgent"
expect "Please go to the desk now and ask to talk privately"
shot "urgent_private_large"
