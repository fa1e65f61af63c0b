"""The marks a list item opens with, shared by line joining, boilerplate and unit splitting so that a list written
with arrows ("→ Axe 1 : …", "➢ …") or the emoji of social-media posts ("📌 Accès aux soins", "✅ …") is a list for
all three."""

# The body of a regex character class (the hyphen first, so it stands for itself).
BULLET_MARKS = "-•▪◦●○■□◆◇♦❖➢►▶▸➤→⇒➔➜➡✓✔✅☑📌👉🔹🔸🔷🔶–—*·>"
# One mark, with the emoji variation selector some write after it ("➡️").
BULLET_MARK = f"[{BULLET_MARKS}]\ufe0f?"
