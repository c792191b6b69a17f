package dev.migrations.sample;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /profiles}: every profile, as a JSON array.
 *
 * @param repository the profiles table
 */
@RestController
public record ProfilesController(ProfileRepository repository) {

    @GetMapping("/profiles")
    public List<Profile> profiles() {
        return repository.findAll();
    }
}
