"""One module per chapter: the numbers its prose glues, its charts, its panel.

A chapter's notebook imports its module and shows what it returns; it computes nothing itself:

    from missions.chapters import titan as chapter
    from missions.notebook import glue_all
    glue_all(chapter.numbers())          # every named value the prose uses, formatted where editorial
    chapter.dive_chart()                 # one call per chart
    show_claims(chapter.ARTICLE)         # the folded claims table
    show(chapter.panel())                # the explorer panel

The module names follow data/articles.csv (column `article`, with "-" written "_") for the six
story chapters; the back matter's modules follow their notebooks' names.
"""
