#version 450 core
flat in float vGlass;
// Glass leaves the same holes in the depth pre-pass (and a thinner shadow) as in the scene pass.
void main() { if (glassHole(vGlass, gl_FragCoord.xy)) discard; }
