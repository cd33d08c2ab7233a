"""Text layer: normalisation with an offset map, segmentation, numbers and dates."""
