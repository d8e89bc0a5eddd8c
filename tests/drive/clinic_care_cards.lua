-- clinic_care_cards.lua -- the safety messages as care cards (issue 12): "tell the staff
-- today" after a today answer, on the list; "get help straight away" on the list and the end
-- screen (the safety net everyone gets, and the cancer signs as a card of their own). The
-- words stay on the screen as before (the drive reads them); the layout test checks the
-- cards' geometry. Shots for a person to look at.
include "helpers_clinic.lua"

log("past cancer: the today card, then the list's cards and the goodbye card")
safety({ "My back" }, { rf08_cancer = "Yes", rf07_clumsy = "No" })
expect "Some of your answers need a check today."
shot "card_today"
tap "Skip this part"
tap "Skip to my questions"
tap "Next"
expect_screen "list"
shot "card_list"
tap "High contrast"
expect "Please tell the staff today"
shot "card_list_contrast"
tap "High contrast"
tap "Next"
expect "Nothing you told me has been saved."
tap "Next"
expect_screen "end"
expect "New numbness between your legs or around your bottom."
expect "You told us you have had cancer. Get help straight away if any of these start:"
expect "Back or neck pain that is new, very bad, or keeps getting worse."
shot "card_end"
tap "Done"
