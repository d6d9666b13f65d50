# library system: class attributes, classmethod counters, __len__/__getitem__
class Book {
    total_books = 0

    def __init__(self, title, author, year, pages) {
        self.title = title
        self.author = author
        self.year = year
        self.pages = pages
        Book.total_books += 1
    }

    def __str__(self) {
        return f'"{self.title}" by {self.author} ({self.year})'
    }

    def __repr__(self) {
        return f"Book({self.title!r}, {self.author!r})"
    }

    @classmethod
    def from_string(cls, s) {
        title, author, year, pages = s.split(";")
        return cls(title.strip(), author.strip(), int(year), int(pages))
    }

    @property
    def is_classic(self) {
        return self.year < 1950
    }
}


class Shelf {
    def __init__(self, name) {
        self.name = name
        self.books = []
    }

    def add(self, *books) {
        self.books.extend(books)
        return self
    }

    def __len__(self) {
        return len(self.books)
    }

    def __getitem__(self, i) {
        return self.books[i]
    }

    def by_author(self, author) {
        return [b for b in self.books if b.author == author]
    }
}


raw = """1984; George Orwell; 1949; 328
Brave New World; Aldous Huxley; 1932; 311
Dune; Frank Herbert; 1965; 412
Animal Farm; George Orwell; 1945; 112
Neuromancer; William Gibson; 1984; 271"""

shelf = Shelf("sci-fi")
for line in raw.split("\n") {
    shelf.add(Book.from_string(line))
}
print(len(shelf), Book.total_books)
print(shelf[0])
print(shelf[1:3])
for b in shelf {
    print(f"{b.title:<18} {b.pages:>4}p classic={b.is_classic}")
}
print(shelf.by_author("George Orwell"))
print("pages:", sum(b.pages for b in shelf))
oldest = min(shelf, key=lambda b: b.year)
print("oldest:", oldest)
print([str(b) for b in sorted(shelf, key=lambda b: b.title)][:2])
