#version 450 core
flat in float vGlass;
// Glass leaves the same holes in the depth pre-pass (and a thinner shadow) as in the scene pass. Everything else
// draws with the variant without GLASS: no fragment work at all, which llvmpipe runs as a depth-only fast path.
void main()
{
#ifdef GLASS
    if (glassHole(vGlass, gl_FragCoord.xy)) discard;
#endif
}
