"""Character classes shared by the extractors."""

# The Han characters a name, a place or a body may be written in: the unified
# ideographs with Extension A and the supplementary planes (B–H), where the
# rare characters of real names live (䶮, 𫟹).  For use inside a regex class.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134F"
