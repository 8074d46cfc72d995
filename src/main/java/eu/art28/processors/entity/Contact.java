package eu.art28.processors.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.art28.platform.entity.Text;
import eu.art28.platform.entity.SingleLine;

/** A person at the processor: the account manager, the privacy officer, the security contact. */
@Embeddable
public class Contact implements Serializable {

    @NotBlank
    @Size(max = 200)
    @Column(name = "name")
    @SingleLine
    private String name;

    @Email
    @Size(max = 254)
    @Column(name = "email")
    @SingleLine
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "\\+?[0-9 ()./-]{6,40}", message = "{art28.phone.invalid}")
    @Column(name = "phone")
    @SingleLine
    private String phone;

    @Size(max = 100)
    @Column(name = "contact_role")
    @SingleLine
    private String role;

    public Contact() {
    }

    public Contact(String name, String email, String phone, String role) {
        setName(name);
        setEmail(email);
        setPhone(phone);
        setRole(role);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.trimmed(name);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Text.trimmed(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Text.trimmed(phone);
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = Text.trimmed(role);
    }
}
