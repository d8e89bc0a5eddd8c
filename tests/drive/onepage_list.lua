-- onepage_list.lua -- a typical visit with no warning signs on the clinic pack (the knee
-- patient of clinic_journey_en.lua: 5 picked questions, one typed, 14 notes), printed. The
-- test (drive.cmake: drive_onepage_*) checks that the printout is one page, A4 and Letter.
include "helpers_clinic.lua"

-- Safety questions (a knee patient: no saddle or bladder questions), the 6 key ideas about
-- pain, about you (helpers_clinic.lua).
safety({ "My leg, hip or knee" }, {}, nil, { "bike seat", "trouble peeing" })
learn("leg")
about_knee()

-- Your questions: 3 suggested and ticked already, 2 more picked, one typed.
expect "Pick up to 5 questions. You have picked 3."
for _, q in ipairs {
  "How will we know if the treatment is working?",
  "Which warning signs mean I should get help straight away?",
} do tap(q) end
tap "Type my own question"
type "can i swim in the sea?"
tap "Add to my list"
expect_screen "pick"
tap "Next"

-- The list, printed.
expect_screen "list"
tap "Print my list"
expect_screen "printing"
local p = assert(printed(), "nothing printed")
assert(p:find("can i swim in the sea?", 1, true), "typed question not printed")
assert(not p:find("For staff", 1, true), "a For staff box with no flags")
