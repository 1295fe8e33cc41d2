class ArticleIdConverter:
    """
    A positive id that fits in a 64-bit column.

    Longer numbers would overflow the database driver (a 500); bounding the
    digits makes them an ordinary 404.
    """

    regex = "[1-9][0-9]{0,17}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
