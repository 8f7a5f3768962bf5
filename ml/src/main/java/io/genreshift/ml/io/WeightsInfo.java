package io.genreshift.ml.io;

/**
 * The sidecar's fingerprint of its weights file; loading refuses weights that do not match it.
 *
 * @param file   the weights file's name, relative to the sidecar's folder
 * @param bytes  its length
 * @param sha256 SHA-256 of its bytes, lower-case hex
 * @param dtype  the stored number type ({@code float32})
 */
public record WeightsInfo(String file, long bytes, String sha256, String dtype) {
}
