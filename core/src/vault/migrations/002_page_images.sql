-- Vault schema 2. Page images move out of `pages` into their own table. In schema 1 the image bytes
-- sat in the middle of each page row, so reading any later column (width, hash, capture time) walked
-- the image's whole overflow chain: listing pages or writing a backup manifest decrypted every image.
-- The thumbnail comes before the image so that reading it does not walk the image either.
CREATE TABLE page_images (
    page_id TEXT PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
    thumbnail BLOB NOT NULL,
    image BLOB NOT NULL
);
INSERT INTO page_images (page_id, thumbnail, image) SELECT id, thumbnail, image FROM pages;
ALTER TABLE pages DROP COLUMN image;
ALTER TABLE pages DROP COLUMN thumbnail;
