"""The marks a list item opens with, shared by line joining, boilerplate and unit splitting so that a list written
with arrows ("→ Axe 1 : …", "➢ …") or the emoji of social-media posts ("📌 Accès aux soins", "✅ …") is a list for
all three."""

# The body of a regex character class (the hyphen first, so it stands for itself).
# (with the dashes and bullets a PDF's text layer gives: the minus sign "−", the hyphen bullet "⁃", "‣", "∙")
BULLET_MARKS = "-•▪◦●○■□◆◇♦❖➢►▶▸➤→⇒➔➜➡✓✔✅☑📌👉🔹🔸🔷🔶–—*·>−⁃‣∙"
# Any pictograph (the emoji blocks, the dingbats and miscellaneous symbols): a post's items open with one of its own
# choosing ("🩺 Faciliter l'accès aux soins", "🧠 Prendre soin de la santé mentale", "👵 Bien vieillir").
# (not the circled digits ❶-❿ and ➀-➓, U+2776-2793, which number an item: axes._GLUED_CIRCLED)
PICTOGRAPHS = "\U0001F300-\U0001FAFF\u2600-\u2775\u2794-\u27BF"
# The keycap digits that number a post's items ("1️⃣ Accès aux soins": a digit, the variation selector, U+20E3; "🔟").
KEYCAP = "[0-9]\ufe0f?\u20e3|\U0001F51F"
# One mark, with the emoji variation selector some write after it ("➡️"); an emoji may join others ("👩‍⚕️").
BULLET_MARK = f"(?:[{BULLET_MARKS}]|[{PICTOGRAPHS}](?:\u200d[{PICTOGRAPHS}])*|{KEYCAP})\ufe0f?"
