import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a jar older than Java 6 (major version 50) under one package prefix
 * as Java 8 class files with stack map frames, computed by ASM; nothing else in them changes. Run
 * by the build on the runnable jar (a single-file program: {@code java -cp asm.jar
 * UpgradeClassFiles.java JAR PREFIX}).
 *
 * <p>Why: picocli ships Java 5 class files. The JVM checks those with the old type-inferring
 * verifier on every run (a class-data archive cannot keep the result), and JDK 25's AOT cache
 * cannot link them ahead of time at all, so every cold start parses and verifies picocli's classes
 * from the jar. Java 8 class files with frames are verified once, when the archive is made.
 */
public final class UpgradeClassFiles {
  private UpgradeClassFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: UpgradeClassFiles JAR PACKAGE-PREFIX (e.g. picocli/)");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    String prefix = args[1];
    Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgraded");
    List<String> upgradedNames = new ArrayList<>();
    try (ZipFile in = new ZipFile(jar.toFile());
        URLClassLoader types =
            new URLClassLoader(
                new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(upgraded))) {
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes;
        try (InputStream stream = in.getInputStream(entry)) {
          bytes = stream.readAllBytes();
        }
        String name = entry.getName();
        if (name.startsWith(prefix) && name.endsWith(".class") && majorVersion(bytes) < 50) {
          bytes = upgrade(bytes, types);
          upgradedNames.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
        ZipEntry copy = new ZipEntry(name);
        // The jar's own times, so that the result depends only on its input.
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    verify(upgraded, upgradedNames);
    Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Loads and initialises every rewritten class from the new jar, so that the JVM's verifier checks
   * the computed frames now: a class it refuses fails the build, not a user's run.
   */
  private static void verify(Path jar, List<String> names) throws IOException {
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      for (String name : names) {
        try {
          Class.forName(name, true, loader);
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(name + " is missing from the rewritten jar", e);
        }
      }
    }
  }

  private static int majorVersion(byte[] classFile) {
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }

  private static byte[] upgrade(byte[] classFile, ClassLoader types) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
          /** Frames merge types by their common superclass, looked up among the jar's classes. */
          @Override
          protected ClassLoader getClassLoader() {
            return types;
          }
        };
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int version,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
          }
        },
        ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
