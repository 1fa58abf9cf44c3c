#version 450 core
// Depth of field, step one, at half the internal resolution: the radiance of each 2×2 block (one bilinear tap)
// and its circle of confusion in half-resolution pixels: the largest of the block's four, so a block on a sharp
// subject's silhouette still blurs the background half of it (the subject's own pixels stay sharp in the
// finish pass, which blends by each full-resolution pixel's own blur).
in vec2 vUv;
uniform sampler2D uLdr;
uniform sampler2D uDepth;
layout(location = 0) out vec4 outColour;

void main()
{
    vec3 hdr = decodeScene(texture(uLdr, vUv).rgb);
    vec4 d = textureGather(uDepth, vUv, 0);
    float coc = max(max(circleOfConfusion(d.x), circleOfConfusion(d.y)), max(circleOfConfusion(d.z), circleOfConfusion(d.w)));
    outColour = vec4(hdr, coc * 0.5);
}
