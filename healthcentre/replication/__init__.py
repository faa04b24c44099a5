"""The site register shared between a site's laptops: change sets, their sealing and their carriers."""
