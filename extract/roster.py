def extract(norm, start, end, source, jurisdiction):
    return [], [], []
