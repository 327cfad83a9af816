package io.eteam.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/// A feed token just issued (FEED-1): the only time it is shown, with the path of the feed it
/// opens; a client puts its server's address in front of `path`.
public record FeedToken(String handle, String path, String token, @JsonProperty("created_at") Instant createdAt) {
}
