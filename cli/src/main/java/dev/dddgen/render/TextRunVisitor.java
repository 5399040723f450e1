package dev.dddgen.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.TemplateContext;

/**
 * mustache.java's visitor, given each run of template text at once. Its parser hands text over line
 * by line, and the visitor appends each line to the code before it by copying everything appended
 * so far: quadratic in the length of a run, and a seventh of a small project's CPU (templates with
 * long literal parts). Here a run's lines are collected first and handed over as one text before
 * anything else reaches the visitor, so the compiled template is the same.
 */
class TextRunVisitor extends DefaultMustacheVisitor {
  private final StringBuilder run = new StringBuilder();
  private TemplateContext runStart;

  TextRunVisitor(DefaultMustacheFactory factory) {
    super(factory);
  }

  @Override
  public void write(TemplateContext tc, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (runStart == null) {
      runStart = tc;
    }
    run.append(text);
  }

  /** Hands the collected run to the visitor; every other call comes after it. */
  private void endRun() {
    if (runStart != null) {
      super.write(runStart, run.toString());
      run.setLength(0);
      runStart = null;
    }
  }

  @Override
  public Mustache mustache(TemplateContext tc) {
    endRun();
    return super.mustache(tc);
  }

  @Override
  public void iterable(TemplateContext tc, String variable, Mustache mustache) {
    endRun();
    super.iterable(tc, variable, mustache);
  }

  @Override
  public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
    endRun();
    super.notIterable(tc, variable, mustache);
  }

  @Override
  public void name(TemplateContext tc, String variable, Mustache mustache) {
    endRun();
    super.name(tc, variable, mustache);
  }

  @Override
  public void checkName(TemplateContext tc, String variable, Mustache mustache) {
    endRun();
    super.checkName(tc, variable, mustache);
  }

  @Override
  public void partial(TemplateContext tc, String variable, String indent) {
    endRun();
    super.partial(tc, variable, indent);
  }

  @Override
  public void dynamicPartial(TemplateContext tc, String variable, String indent) {
    endRun();
    super.dynamicPartial(tc, variable, indent);
  }

  @Override
  public void value(TemplateContext tc, String variable, boolean encoded) {
    endRun();
    super.value(tc, variable, encoded);
  }

  @Override
  public void pragma(TemplateContext tc, String pragma, String args) {
    endRun();
    super.pragma(tc, pragma, args);
  }

  @Override
  public void eof(TemplateContext tc) {
    endRun();
    super.eof(tc);
  }

  @Override
  public void extend(TemplateContext tc, String variable, Mustache mustache) {
    endRun();
    super.extend(tc, variable, mustache);
  }

  @Override
  public void comment(TemplateContext tc, String comment) {
    endRun();
    super.comment(tc, comment);
  }
}
