package org.bazaar.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bazaar.platform.security.JwtKeys;

/** Keeps the devstack's token signing keys in its state directory, so tokens survive a restart. */
final class JwtKeyStore {

  private JwtKeyStore() {
  }

  static JwtKeys.Pem loadOrCreate(Path dir) {
    Path privateKey = dir.resolve("jwt-private.pem");
    Path publicKey = dir.resolve("jwt-public.pem");
    try {
      if (Files.exists(privateKey) && Files.exists(publicKey)) {
        return new JwtKeys.Pem(Files.readString(privateKey), Files.readString(publicKey));
      }
      Files.createDirectories(dir);
      JwtKeys.Pem pem = JwtKeys.generate();
      Files.writeString(privateKey, pem.privateKey());
      Files.writeString(publicKey, pem.publicKey());
      return pem;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
