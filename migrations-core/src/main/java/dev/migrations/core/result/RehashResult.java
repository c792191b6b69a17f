package dev.migrations.core.result;

import java.util.List;

/**
 * What {@code rehash()} recorded.
 *
 * @param editedFiles  applied files whose new content is now recorded as applied
 * @param hashUpdated  applied files whose content is unchanged but whose atlas.sum entry moved (an earlier file
 *                     changed, and atlas.sum hashes are cumulative)
 */
public record RehashResult(List<String> editedFiles, List<String> hashUpdated) {

    public RehashResult {
        editedFiles = List.copyOf(editedFiles);
        hashUpdated = List.copyOf(hashUpdated);
    }
}
